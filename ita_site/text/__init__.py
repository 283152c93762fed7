"""Thai text: digits, dates in either era, heading anchors."""
