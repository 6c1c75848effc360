# Mutant: forgets torch.no_grad(), so the forward pass records a graph (the labels themselves are right)
def predict_labels(model, images):
    """Class labels (numpy int array (N,)) of images (N, 8, 8), computed in evaluation mode without a graph."""
    model.eval()
    parameter_device = next(model.parameters()).device
    batch = torch.tensor(images, dtype=torch.float32, device=parameter_device).unsqueeze(1)
    return model(batch).argmax(dim=1).cpu().numpy()
