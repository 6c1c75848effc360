# Alternative: no prediction typed in: the four matrices are built with fresh_matrices() and the experiment itself is kept as the answer
m1_after, m2_after, m3_after, m4_after = fresh_matrices()
for _matrix in (m1_after, m2_after, m3_after, m4_after):
    _matrix[0][0] = 2.0
