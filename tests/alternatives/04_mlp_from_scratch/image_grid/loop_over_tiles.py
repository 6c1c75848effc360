# Alternative: a zero canvas and a loop that copies image k into the block at (k // cols, k % cols) by slicing.
def image_grid(images, rows, cols):
    """Tile images (N, h, w) into one array (rows * h, cols * w), row by row."""
    images = np.asarray(images)
    h, w = images.shape[1], images.shape[2]
    grid = np.zeros((rows * h, cols * w), dtype=images.dtype)
    for k in range(min(len(images), rows * cols)):
        row, col = divmod(k, cols)
        grid[row * h:(row + 1) * h, col * w:(col + 1) * w] = images[k]
    return grid
