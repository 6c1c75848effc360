# Mutant: the candidates run over range(1, limit + 1), reading "up to limit" instead of "below limit", so limit itself is reported when it is a power of two.
def not_consecutive_sums(limit: int) -> set:
    """Positive integers below limit that are not a sum of two or more consecutive positive integers."""
    sums = {(last - first + 1) * (first + last) // 2
            for first, last in itertools.combinations(range(1, limit + 1), 2)}
    return {n for n in range(1, limit + 1) if n not in sums}
