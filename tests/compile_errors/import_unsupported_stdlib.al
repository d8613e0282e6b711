# A module of CPython's standard library that alc does not provide yet.
import tkinter
