# Mutant: the divisor pairs start at d = 1, so the pair (1, n) adds n itself: the student computes the sum of all divisors instead of the proper ones.
def sum_of_divisors(n: int) -> int:
    """Sum of the divisors of n that are smaller than n."""
    total = 0
    for d in range(1, math.isqrt(n) + 1):
        if n % d == 0:
            total += d
            if d != n // d:
                total += n // d
    return total


def perfect_numbers(limit: int) -> list:
    """Sorted list of the perfect numbers below limit."""
    return [n for n in range(2, limit) if sum_of_divisors(n) == n]
