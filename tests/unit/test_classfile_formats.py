"""The parser's struct formats (formats.py) agree with the construct schemas."""

import pytest

from kvm_core.classfile import formats, schemas


@pytest.mark.parametrize('name', ['CLASS_BODY_HEAD', 'MEMBER_HEAD', 'ATTRIBUTE_HEAD', 'CODE_HEAD',
                                  'EXCEPTION_ENTRY', 'LINE_NUMBER_ENTRY', 'LOCAL_VARIABLE_ENTRY',
                                  'INNER_CLASS_ENTRY', 'ENCLOSING_METHOD', 'BOOTSTRAP_METHOD_HEAD',
                                  'CLDC_FRAME_HEAD', 'U2'])
def test_format_matches_schema(name):
    assert getattr(formats, name).format == getattr(schemas, name).format


def test_class_header_matches_schema():
    assert formats.CLASS_HEADER.format == schemas.fixed_format(schemas.ClassHeader).format
