# Mutant: the tiles are reshaped straight to (rows * h, cols * w) without the transpose, as if a reshape could move the image axes next to the grid axes, so each grid row holds slices of several images.
def image_grid(images, rows, cols):
    """Tile images (N, h, w) into one array (rows * h, cols * w), row by row."""
    images = np.asarray(images)
    n, h, w = images.shape
    tiles = np.zeros((rows * cols, h, w), dtype=images.dtype)
    count = min(n, rows * cols)
    tiles[:count] = images[:count]
    return tiles.reshape(rows * h, cols * w)
