# Mutant: the number leaves are converted with int() and the result is returned as is, so terms without a division come out as int instead of the required float.
def evaluate(term: str) -> float:
    """Value of an arithmetic term, computed from its parse tree."""
    def walk(tree):
        if tree.data == "num":
            return int(tree.children[0])
        left, right = walk(tree.children[0]), walk(tree.children[1])
        if tree.data == "add":
            return left + right
        if tree.data == "sub":
            return left - right
        if tree.data == "mul":
            return left * right
        return left / right

    return walk(term_parser.parse(term))
