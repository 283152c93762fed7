"""The Thai index is made from Material's search index as Material keeps it in memory
(ita_site.plugin.material_search): that must be what Material wrote to its file."""

from __future__ import annotations

from tests.sitebuild import build, write_project

# Runs between Material's post_build (0, writes the file) and ours (-50, replaces it).
HOOK = '''
import json, os
from mkdocs.plugins import event_priority
from ita_site.plugin.material_search import material_index

@event_priority(-10)
def on_post_build(config):
    path = os.path.join(config.site_dir, "search", "search_index.json")
    with open(path, encoding="utf-8") as f:
        written = json.load(f)
    same = material_index(config) == written and len(written["docs"]) > 3
    with open(os.path.join(os.path.dirname(config.config_file_path), "verdict.txt"), "w") as f:
        f.write("same" if same else "different")
'''


def test_materials_index_in_memory_is_the_one_it_wrote(tmp_path):
    root = write_project(tmp_path / "project", {
        "2568/year.yml": "ita_year: 2568\n",
        "2568/measures/bribery.md": "---\ntitle: มาตรการป้องกันการรับสินบน\nissue: 3\n"
                                    "steps: [ชี้แจง]\n---\n## ผล\n\nประเมินแล้ว <b>5</b> งาน\n",
        "about/index.md": "---\ntitle: เกี่ยวกับ\ntags: [ข้อมูล]\nsearch:\n  boost: 2\n---\nข้อความ\n",
    })
    (root / "hook.py").write_text(HOOK, encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "hooks:\n  - hook.py\n",
                      encoding="utf-8")
    built = build(root)
    assert built.returncode == 0, built.output
    assert (root / "verdict.txt").read_text() == "same"
