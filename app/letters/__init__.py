"""Decision letters: templates, PDF/A rendering, PAdES signing, offline verification."""
