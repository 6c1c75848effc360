# Alternative: the sum of all divisors is multiplicative, sigma(p^k) = 1 + p + ... + p^k, from a trial-division factorisation; the proper divisors sum to sigma(n) - n
def sum_of_divisors(n: int) -> int:
    """Sum of the divisors of n that are smaller than n."""
    sigma, m, p = 1, n, 2
    while p * p <= m:
        power_sum, term = 1, 1
        while m % p == 0:
            m //= p
            term *= p
            power_sum += term
        sigma *= power_sum
        p += 1
    if m > 1:
        sigma *= 1 + m
    return sigma - n


def perfect_numbers(limit: int) -> list:
    """Sorted list of the perfect numbers below limit."""
    return list(filter(lambda n: n > 1 and sum_of_divisors(n) == n, range(1, limit)))
