"""`mkdocs serve` shows content that would stop the build in the browser, in Thai with English,
on the page being previewed, and the page comes back by itself once the file is fixed;
`mkdocs build` of the same content still fails."""

from __future__ import annotations

from tests.sitebuild import build, write_project

from .serving import serving

BROKEN = "---\ntitle: มาตรการทดสอบ\nissue: 12\nsteps: [ทำ]\n---\n"
FIXED = "---\ntitle: มาตรการทดสอบ\nissue: 1\nsteps: [ทำ]\n---\n"
FILES = {"2568/year.yml": "survey_code: x0demo\n", "2568/measures/a.md": BROKEN,
         "news/index.md": "# ข่าว\n\nข่าวประชาสัมพันธ์\n"}


def _report_shown(html: str) -> bool:
    return 'class="ita-problems"' in html


def test_a_content_error_shows_on_the_previewed_page_until_the_file_is_fixed(tmp_path):
    root = write_project(tmp_path / "p", FILES)
    measure = root / "content/2568/measures/a.md"
    with serving(root) as server:
        for url in ("2568/plan/", "2568/measures/a/", "news/", "2568/oit/o1/", ""):
            html = server.wait_for(url, _report_shown)
            assert "2568/measures/a.md:3 [issue]" in html
            assert "ข้อผิดพลาด: ฟิลด์ `issue` ต้องเป็นตัวเลข 1–7" in html
            assert "error: field `issue` must be a number from 1 to 7" in html
            assert "เนื้อหามีข้อผิดพลาด จึงยังแสดงหน้านี้ไม่ได้" in html
            # MkDocs' live-reload script, which reloads the page after the next good build.
            assert "livereload" in html
        # The report is in Thai: the site's own Thai font is there in the preview too.
        assert server.get("assets/fonts/Sarabun-Regular.woff2")[0] == 200
        status, missing = server.get("no-such-page/")
        assert status == 404 and _report_shown(missing)
        # The terminal says it too, as errors.
        assert "ERROR" in server.output() and "2568/measures/a.md:3 [issue]" in server.output()

        measure.write_text(FIXED, encoding="utf-8")
        plan = server.wait_for("2568/plan/", lambda html: not _report_shown(html))
        assert "มาตรการทดสอบ" in plan
        assert not _report_shown(server.wait_for("2568/measures/a/", lambda html: True))

        measure.write_text(BROKEN, encoding="utf-8")
        server.wait_for("2568/plan/", _report_shown)
    # The preview never reaches a real build: it still stops on the same file.
    result = build(root)
    assert result.returncode != 0 and "2568/measures/a.md:3 [issue]" in result.output
    assert not (root / "site/2568/plan/index.html").exists()


def test_under_strict_a_warning_shows_in_the_preview_instead_of_a_stuck_server(tmp_path):
    files = {**FILES, "2568/measures/a.md": "---\ntitle: ก\nresponsable: [กองคลัง]\n---\n"}
    root = write_project(tmp_path / "p", files)
    config = root / "mkdocs.yml"
    config.write_text("strict: true\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    with serving(root) as server:
        html = server.wait_for("2568/", _report_shown)
        assert "2568/measures/a.md:3 [responsable]" in html
        assert "did you mean `responsible`" in html
        assert "mkdocs.yml ตั้ง strict: true ไว้" in html and "sets strict: true" in html
        (root / "content/2568/measures/a.md").write_text(
            "---\ntitle: ก\nresponsible: [กองคลัง]\n---\n", encoding="utf-8")
        server.wait_for("2568/", lambda page: not _report_shown(page))
        assert "Aborted" not in server.output()
