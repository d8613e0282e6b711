# A module that, while its importer is still initialising, reads one of its
# names (caught: CPython's 'partially initialized module' AttributeError),
# then calls one of its functions, which does not exist yet: the uncaught
# AttributeError's report runs through both modules.
import cfg_app

print("never printed", cfg_app.setting("LEVEL"))
