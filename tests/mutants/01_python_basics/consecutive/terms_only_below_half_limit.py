# Mutant: to "save time" the student lets the terms run only over range(1, limit // 2), forgetting that the two-term sum k + (k + 1) of an odd number just below limit needs k + 1 = (limit + 1) // 2.
def not_consecutive_sums(limit: int) -> set:
    """Positive integers below limit that are not a sum of two or more consecutive positive integers."""
    sums = {(last - first + 1) * (first + last) // 2
            for first, last in itertools.combinations(range(1, limit // 2), 2)}
    return {n for n in range(1, limit) if n not in sums}
