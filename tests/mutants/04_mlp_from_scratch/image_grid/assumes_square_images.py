# Mutant: written for 28 x 28 digits, the tile size is taken as h for both sides (size = images.shape[1]), so non-square images break the reshape.
def image_grid(images, rows, cols):
    """Tile images (N, h, w) into one array (rows * h, cols * w), row by row."""
    images = np.asarray(images)
    n, size = len(images), images.shape[1]
    tiles = np.zeros((rows * cols, size, size), dtype=images.dtype)
    count = min(n, rows * cols)
    tiles[:count] = images[:count]
    return tiles.reshape(rows, cols, size, size).transpose(0, 2, 1, 3).reshape(rows * size, cols * size)
