"""The struct formats the parser reads with: the fixed-size heads of the JVMS
tables whose construct schemas are in schemas.py. They are spelled out here so
that running a class file does not import construct; test_classfile_formats.py
checks each against `schemas.fixed_format` of its schema."""

import struct

CLASS_HEADER = struct.Struct('>LHHH')            # magic, minor, major, constant_pool_count
CLASS_BODY_HEAD = struct.Struct('>HHHH')         # flags, this, super, interfaces_count
MEMBER_HEAD = struct.Struct('>HHHH')             # flags, name, descriptor, attributes_count
ATTRIBUTE_HEAD = struct.Struct('>HL')            # name_index, attribute_length
CODE_HEAD = struct.Struct('>HHL')                # max_stack, max_locals, code_length
EXCEPTION_ENTRY = struct.Struct('>HHHH')
LINE_NUMBER_ENTRY = struct.Struct('>HH')
LOCAL_VARIABLE_ENTRY = struct.Struct('>HHHHH')
INNER_CLASS_ENTRY = struct.Struct('>HHHH')
ENCLOSING_METHOD = struct.Struct('>HH')
BOOTSTRAP_METHOD_HEAD = struct.Struct('>HH')
CLDC_FRAME_HEAD = struct.Struct('>HH')           # offset, number_of_locals
U2 = struct.Struct('>H')                         # any single-u2 attribute / a count
