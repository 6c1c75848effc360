# Mutant: the student's grammar has no rule for parentheses, so they strip "(" and ")" from the string before parsing, thinking precedence alone will sort it out.
FLAT_GRAMMAR = r"""
    ?start: sum

    ?sum: product
        | sum "+" product   -> add
        | sum "-" product   -> sub

    ?product: atom
        | product "*" atom  -> mul
        | product "/" atom  -> div

    ?atom: NUMBER           -> num

    %import common.NUMBER
    %ignore " "
"""

flat_parser = lark.Lark(FLAT_GRAMMAR)


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
            return children[0] / children[1]

    flat = term.replace("(", "").replace(")", "")
    return float(Evaluate().transform(flat_parser.parse(flat)))
