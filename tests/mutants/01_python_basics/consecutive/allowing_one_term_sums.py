# Mutant: the student uses combinations_with_replacement to get all (first, last) pairs, which also yields first == last, i.e. one-term "sums", so every number counts as a sum.
def not_consecutive_sums(limit: int) -> set:
    """Positive integers below limit that are not a sum of two or more consecutive positive integers."""
    sums = {(last - first + 1) * (first + last) // 2
            for first, last in itertools.combinations_with_replacement(range(1, limit), 2)}
    return {n for n in range(1, limit) if n not in sums}
