import subprocess
import sys

from ita_site.content.loading import load_site
from ita_site.content.new_year import create_year


def test_new_year_copies_measures_as_plans_without_results(tmp_path):
    (tmp_path / "agency.yml").write_text("name: อบต.ทดสอบ\n", encoding="utf-8")
    source = tmp_path / "2568" / "measures"
    source.mkdir(parents=True)
    (source / "a.md").write_text(
        "---\ntitle: มาตรการ ก\nissue: 1\nsteps: [หนึ่ง]\noutputs:\n  - เสร็จ\nstatus: done\n"
        "progress:\n  outputs: [ครึ่งปี]\n---\nเนื้อหาเดิม\n", encoding="utf-8")
    created = create_year(tmp_path, 2569, copy_measures_from=2568)
    assert [p.relative_to(tmp_path).as_posix() for p in created] == [
        "2569/year.yml", "2569/measures/a.md"]
    result = load_site(tmp_path)
    assert not result.problems.errors
    measure = result.site.years[2569].measures[0]
    assert (measure.title, measure.issue, measure.steps) == ("มาตรการ ก", 1, ("หนึ่ง",))
    assert not measure.results and measure.progress is None and measure.status == "planned"
    assert measure.body == "เนื้อหาเดิม\n"
    assert result.site.years[2569].ita_year == 2569


def test_new_year_never_overwrites(tmp_path):
    (tmp_path / "2569").mkdir()
    (tmp_path / "2569" / "year.yml").write_text("survey_code: keep\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "ita_site.cli", "--content", str(tmp_path),
                           "new-year", "2569"], capture_output=True, text=True)
    assert proc.returncode == 1 and "nothing was overwritten" in proc.stderr
    assert (tmp_path / "2569" / "year.yml").read_text(encoding="utf-8") == "survey_code: keep\n"
