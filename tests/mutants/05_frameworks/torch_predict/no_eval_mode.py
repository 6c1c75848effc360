# Mutant: forgets model.eval(), so dropout stays on and batch norm uses (and updates) batch statistics
def predict_labels(model, images):
    """Class labels (numpy int array (N,)) of images (N, 8, 8), computed in evaluation mode without a graph."""
    parameter_device = next(model.parameters()).device
    batch = torch.tensor(images, dtype=torch.float32, device=parameter_device).unsqueeze(1)
    with torch.no_grad():
        logits = model(batch)
    return logits.argmax(dim=1).cpu().numpy()
