# Mutant: rows and cols are swapped in the reshape before the transpose (reshape(cols, rows, ...) then transpose(1, 2, 0, 3)), which still gives the right shape but fills the grid column by column.
def image_grid(images, rows, cols):
    """Tile images (N, h, w) into one array (rows * h, cols * w), row by row."""
    images = np.asarray(images)
    n, h, w = images.shape
    tiles = np.zeros((rows * cols, h, w), dtype=images.dtype)
    count = min(n, rows * cols)
    tiles[:count] = images[:count]
    return tiles.reshape(cols, rows, h, w).transpose(1, 2, 0, 3).reshape(rows * h, cols * w)
