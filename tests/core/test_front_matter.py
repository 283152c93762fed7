import yaml
from hypothesis import given, strategies as st

from ita_site.base.yamlfile import split_front_matter

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)


@given(st.dictionaries(st.sampled_from(["title", "steps", "period", "responsible"]),
                       st.one_of(texts, st.lists(texts, max_size=4)), min_size=1),
       st.text(max_size=200))
def test_front_matter_round_trips_with_lines(meta, body):
    dumped = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    source = split_front_matter(f"---\n{dumped}---\n{body}")
    assert source.meta.data == meta
    assert source.body == body
    file_lines = f"---\n{dumped}".splitlines()
    for key in meta:
        line = source.meta.line_of((key,))
        assert file_lines[line - 1].startswith(f"{key}:") or file_lines[line - 1].startswith(f"'{key}'")


def test_dates_stay_as_written_and_no_is_not_false():
    source = split_front_matter("---\nstart: 2567-02-29\nanswer: no\nflag: true\n---\n")
    assert source.meta.data == {"start": "2567-02-29", "answer": "no", "flag": True}


def test_file_without_front_matter_is_all_body():
    source = split_front_matter("# หัวข้อ\n\nเนื้อหา\n")
    assert source.meta.data == {}
    assert source.body == "# หัวข้อ\n\nเนื้อหา\n"
    assert source.body_line == 1
