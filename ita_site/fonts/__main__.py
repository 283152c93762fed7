"""`python -m ita_site.fonts`: cut the shipped web faces again, for maintainers, after a change
of UNICODES, OPTIONS or the Sarabun package (see ita_site.fonts)."""

from pathlib import Path

from ita_site.fonts import ship


def main() -> None:
    for path in ship(Path(__file__).with_name("shipped")):
        print(f"{path.name}  {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
