"""The diplowatch event coder: a spaCy component that finds diplomatic-relation and
sanction events and codes them (type, source, target, modality, CAMEO, Goldstein,
PLOVER) per docs/event-coding-guide.md."""

from .abbreviations import ABBREVIATIONS_NAME
from .component import COMPONENT_NAME, EventCoder
from .loading import ModelNotFound, check_model, load_nlp
from .prefilter import might_contain_event
from .schema import ALERT_MODALITIES, CODER_VERSION, EVENT_TYPES, MODALITIES, CodedEvent

__all__ = [
    "ABBREVIATIONS_NAME",
    "ALERT_MODALITIES",
    "CODER_VERSION",
    "COMPONENT_NAME",
    "EVENT_TYPES",
    "MODALITIES",
    "CodedEvent",
    "EventCoder",
    "ModelNotFound",
    "check_model",
    "load_nlp",
    "might_contain_event",
]
