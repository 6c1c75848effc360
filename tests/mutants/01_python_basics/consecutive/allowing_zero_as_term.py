# Mutant: the terms are drawn from range(limit), which starts at 0, so 0 + 1 = 1 and 0 + 1 + 2 = 3 count as sums of consecutive "positive" integers.
def not_consecutive_sums(limit: int) -> set:
    """Positive integers below limit that are not a sum of two or more consecutive positive integers."""
    sums = {(last - first + 1) * (first + last) // 2
            for first, last in itertools.combinations(range(limit), 2)}
    return {n for n in range(1, limit) if n not in sums}
