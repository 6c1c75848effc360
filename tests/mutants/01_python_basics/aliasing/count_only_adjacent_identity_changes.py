# Mutant: count_distinct_rows compares each row only with the previous one by identity (counting "runs"), which works for [r]*k and for comprehensions but counts a row object twice when it reappears later.
m1_after = [[2.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0]]
m2_after = [[2.0, 7.0, 7.0, 7.0], [2.0, 7.0, 7.0, 7.0], [2.0, 7.0, 7.0, 7.0], [2.0, 7.0, 7.0, 7.0]]
m3_after = [[2.0, 9.0, 9.0, 9.0], [9.0, 9.0, 9.0, 9.0], [9.0, 9.0, 9.0, 9.0], [9.0, 9.0, 9.0, 9.0]]
m4_after = [[2.0, 5.0, 5.0, 5.0], [2.0, 5.0, 5.0, 5.0], [5.0, 5.0, 5.0, 5.0], [5.0, 5.0, 5.0, 5.0]]


def count_distinct_rows(m) -> int:
    """Number of distinct row objects in the list of rows m."""
    return sum(1 for i, row in enumerate(m) if i == 0 or row is not m[i - 1])
