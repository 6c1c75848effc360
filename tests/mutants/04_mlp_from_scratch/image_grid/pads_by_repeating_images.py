# Mutant: np.resize is used to get exactly rows * cols tiles, but it pads by repeating the images from the start instead of with zeros, so missing tiles show the first images again.
def image_grid(images, rows, cols):
    """Tile images (N, h, w) into one array (rows * h, cols * w), row by row."""
    images = np.asarray(images)
    n, h, w = images.shape
    tiles = np.resize(images, (rows * cols, h, w))
    return tiles.reshape(rows, cols, h, w).transpose(0, 2, 1, 3).reshape(rows * h, cols * w)
