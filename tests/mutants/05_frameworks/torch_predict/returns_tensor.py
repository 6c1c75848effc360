# Mutant: returns a torch tensor instead of a numpy array
def predict_labels(model, images):
    """Class labels (numpy int array (N,)) of images (N, 8, 8), computed in evaluation mode without a graph."""
    model.eval()
    parameter_device = next(model.parameters()).device
    batch = torch.tensor(images, dtype=torch.float32, device=parameter_device).unsqueeze(1)
    with torch.no_grad():
        return model(batch).argmax(dim=1).cpu()
