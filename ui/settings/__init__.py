"""The pages of the Settings screen, one file each."""
