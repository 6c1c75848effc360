# Alternative: number theory instead of enumerating sums: n is a sum of two or more consecutive positive integers exactly when it has an odd divisor greater than 1
def not_consecutive_sums(limit: int) -> set:
    """Positive integers below limit that are not a sum of two or more consecutive positive integers."""
    return {n for n in range(1, limit) if not any(n % d == 0 for d in range(3, n + 1, 2))}
