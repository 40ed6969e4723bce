"""Build Your Own AI workbench: fine-tune and evaluate Vietnamese language models on hardware you control.

Import the module you need (`from workbench import data, finetune`); nothing heavy runs at import.
The one thing `import workbench` does is hide known library noise that does not concern a learner
(workbench/quiet.py lists each message and why).
"""

from workbench.quiet import quiet_library_noise

__version__ = "0.1.0"
quiet_library_noise()
