# Mutant: the student knows proper divisors are at most n/2 but writes range(1, n // 2), whose end is exclusive, so the divisor n/2 of an even n is missed.
def sum_of_divisors(n: int) -> int:
    """Sum of the divisors of n that are smaller than n."""
    return sum(d for d in range(1, n // 2) if n % d == 0)


def perfect_numbers(limit: int) -> list:
    """Sorted list of the perfect numbers below limit."""
    return [n for n in range(2, limit) if sum_of_divisors(n) == n]
