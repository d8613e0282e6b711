# Version gates as programs write them, with the names imported from sys.
from sys import version_info, hexversion, version
import sys

if version_info >= (3, 11):
    print('3.11 features')
if version_info[:2] < (3, 12):
    print('before 3.12')
print(hexversion == sys.hexversion, version == sys.version, version_info is sys.version_info)
print(f'Python {version_info.major}.{version_info.minor}', version.split('.')[:2])
print(version_info[0:5:2], version_info[::-1], sorted(version_info[:3]))
print(sys.version_info == sys.version_info, tuple(sys.version_info[:3]) in {(3, 11, 7)})
print(str(version_info) == repr(version_info), version_info.releaselevel == 'final')
