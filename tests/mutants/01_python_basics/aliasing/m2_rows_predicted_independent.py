# Mutant: the student predicts that [[7.0] * 4] * 4 builds four independent rows (like the comprehension in m3), so only the first row of m2 changes; the aliasing of m4's first two rows is likewise missed.
m1_after = [[2.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0]]
m2_after = [[2.0, 7.0, 7.0, 7.0], [7.0, 7.0, 7.0, 7.0], [7.0, 7.0, 7.0, 7.0], [7.0, 7.0, 7.0, 7.0]]
m3_after = [[2.0, 9.0, 9.0, 9.0], [9.0, 9.0, 9.0, 9.0], [9.0, 9.0, 9.0, 9.0], [9.0, 9.0, 9.0, 9.0]]
m4_after = [[2.0, 5.0, 5.0, 5.0], [5.0, 5.0, 5.0, 5.0], [5.0, 5.0, 5.0, 5.0], [5.0, 5.0, 5.0, 5.0]]


def count_distinct_rows(m) -> int:
    """Number of distinct row objects in the list of rows m."""
    return len({id(row) for row in m})
