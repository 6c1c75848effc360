# Mutant: the versions are sorted as plain strings, which compares character by character and puts "4.20" before "4.3".
def version_sorted(versions):
    """A new list of the version strings in release order."""
    return sorted(versions)
