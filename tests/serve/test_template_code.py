"""Templates compiled once per process (ita_site.plugin.template_code): each build's new Jinja
environment reuses the code, and an edited template shows its edit."""

from __future__ import annotations

from jinja2 import DictLoader, Environment

from ita_site.plugin.template_code import CompiledTemplates


def _env(templates: dict[str, str], cache: CompiledTemplates) -> Environment:
    env = Environment(loader=DictLoader(templates), auto_reload=False)
    cache.attach(env)
    return env


def test_a_rebuild_reuses_compiled_code_and_an_edited_template_is_compiled_again():
    cache = CompiledTemplates()
    templates = {"page.html": "<h1>{{ title }}</h1>{% include 'nav.html' %}",
                 "nav.html": "<nav>เมนู</nav>"}
    assert _env(templates, cache).get_template("page.html").render(title="ก") == (
        "<h1>ก</h1><nav>เมนู</nav>")
    compiled = dict(cache._code)
    assert len(compiled) == 2

    # The next rebuild: a new environment, nothing compiled again.
    assert _env(templates, cache).get_template("page.html").render(title="ข") == (
        "<h1>ข</h1><nav>เมนู</nav>")
    assert cache._code == compiled

    # The webmaster edits a template while serving: the page shows the edit.
    templates["nav.html"] = "<nav>เมนูใหม่</nav>"
    assert _env(templates, cache).get_template("page.html").render(title="ค") == (
        "<h1>ค</h1><nav>เมนูใหม่</nav>")


def test_code_compiled_with_other_settings_is_not_shared():
    cache = CompiledTemplates()
    templates = {"page.html": "<<x>>{{ y }}"}
    plain = _env(templates, cache)
    other = Environment(loader=DictLoader(templates), variable_start_string="<<",
                        variable_end_string=">>")
    cache.attach(other)
    assert plain.get_template("page.html").render(x=1, y=2) == "<<x>>2"
    assert other.get_template("page.html").render(x=1, y=2) == "1{{ y }}"


def test_the_oldest_templates_are_forgotten_beyond_the_limit():
    cache = CompiledTemplates(limit=2)
    templates = {name: f"<p>{name}</p>" for name in ("a.html", "b.html", "c.html")}
    env = _env(templates, cache)
    for name in templates:
        env.get_template(name)
    assert len(cache._code) == 2
    # a.html was compiled first: it is the one forgotten, and is compiled again when asked
    again = _env(templates, cache).get_template("a.html")
    assert again.render() == "<p>a.html</p>" and len(cache._code) == 2
