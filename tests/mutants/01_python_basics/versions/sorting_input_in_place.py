# Mutant: the right key is used, but with list.sort, which sorts the caller's list in place (and the student returns it), modifying the argument.
def version_sorted(versions):
    """A new list of the version strings in release order."""
    versions.sort(key=lambda version: [int(part) for part in version.split(".")])
    return versions
