# Mutant: count_distinct_rows counts rows that differ in value (a set of tuples), confusing == with is.
m1_after = [[2.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0]]
m2_after = [[2.0, 7.0, 7.0, 7.0], [2.0, 7.0, 7.0, 7.0], [2.0, 7.0, 7.0, 7.0], [2.0, 7.0, 7.0, 7.0]]
m3_after = [[2.0, 9.0, 9.0, 9.0], [9.0, 9.0, 9.0, 9.0], [9.0, 9.0, 9.0, 9.0], [9.0, 9.0, 9.0, 9.0]]
m4_after = [[2.0, 5.0, 5.0, 5.0], [2.0, 5.0, 5.0, 5.0], [5.0, 5.0, 5.0, 5.0], [5.0, 5.0, 5.0, 5.0]]


def count_distinct_rows(m) -> int:
    """Number of distinct row objects in the list of rows m."""
    return len({tuple(row) for row in m})
