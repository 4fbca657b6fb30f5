"""import-linter's layers contract with the capabilities spliced in from
flashdesk/capabilities.py, so their order is declared in one place: pyproject.toml lists the
layers, highest first, with "flashdesk.{capabilities}" where the capabilities go."""

from importlinter.contracts.layers import LayersContract

MARKER = "flashdesk.{capabilities}"


class CapabilityLayersContract(LayersContract):
    type_name = "capability_layers"

    def __init__(self, name, session_options, contract_options):
        from flashdesk.capabilities import CAPABILITIES

        layers = []
        for layer in contract_options["layers"]:
            layers += [f"flashdesk.{name}" for name in reversed(CAPABILITIES)] if layer == MARKER else [layer]
        super().__init__(name, session_options, {**contract_options, "layers": layers})
