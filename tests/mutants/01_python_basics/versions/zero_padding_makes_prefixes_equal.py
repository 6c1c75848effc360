# Mutant: the components are padded with zeros to a common length (as for fixed-width comparison), so "1", "1.0" and "1.0.0" compare equal and keep their input order instead of prefix order.
def version_sorted(versions):
    """A new list of the version strings in release order."""
    width = max((len(version.split(".")) for version in versions), default=0)

    def key(version):
        parts = [int(part) for part in version.split(".")]
        return parts + [0] * (width - len(parts))

    return sorted(versions, key=key)
