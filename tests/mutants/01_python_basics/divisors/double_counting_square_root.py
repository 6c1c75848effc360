# Mutant: every divisor d up to sqrt(n) adds both d and n // d, so for a square n the root is counted twice; non-square examples like 12 and 28 look right.
def sum_of_divisors(n: int) -> int:
    """Sum of the divisors of n that are smaller than n."""
    if n == 1:
        return 0
    total = 1
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            total += d + n // d
    return total


def perfect_numbers(limit: int) -> list:
    """Sorted list of the perfect numbers below limit."""
    return [n for n in range(2, limit) if sum_of_divisors(n) == n]
