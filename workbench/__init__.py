"""Build Your Own AI workbench: fine-tune and evaluate Vietnamese language models on hardware you control.

Import the module you need (`from workbench import data, finetune`); nothing heavy runs at import.
"""

__version__ = "0.1.0"
