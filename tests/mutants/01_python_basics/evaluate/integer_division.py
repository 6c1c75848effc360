# Mutant: the division node uses floor division //, a habit from integer-only languages and from "the examples give whole numbers", so 1/3 evaluates to 0.0.
def evaluate(term: str) -> float:
    """Value of an arithmetic term, computed from its parse tree."""
    class Evaluate(lark.Transformer):
        def num(self, children):
            return float(children[0])

        def add(self, children):
            return children[0] + children[1]

        def sub(self, children):
            return children[0] - children[1]

        def mul(self, children):
            return children[0] * children[1]

        def div(self, children):
            return children[0] // children[1]

    return float(Evaluate().transform(term_parser.parse(term)))
