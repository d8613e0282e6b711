"""Command-line parsing: `ArgumentParser` and its parse of argv.

A parse first classifies each command-line string as an option ('O'), an
argument ('A') or the '--' separator ('-'); how many strings each action
takes is then a regular-expression match of its `nargs` over that pattern
string, so positionals share the strings between options the way
CPython's argparse shares them.
"""

import os as _os
import re as _re
import sys as _sys
from argparse._action import (
    SUPPRESS, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, PARSER, REMAINDER,
    UNRECOGNIZED, Namespace, Action, BooleanOptionalAction, FileType,
    ArgumentError, ArgumentTypeError, _AttributeHolder, _action_name, _,
    _plural, _StoreAction, _StoreConstAction, _StoreTrueAction,
    _StoreFalseAction, _AppendAction, _AppendConstAction, _CountAction,
    _HelpAction, _VersionAction, _SubParsersAction, _ExtendAction)
from argparse._format import (
    HelpFormatter, RawDescriptionHelpFormatter, RawTextHelpFormatter,
    ArgumentDefaultsHelpFormatter, MetavarTypeHelpFormatter)
from argparse._container import (
    _ActionsContainer, _ArgumentGroup, _MutuallyExclusiveGroup)

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
    'BooleanOptionalAction', 'FileType', 'HelpFormatter',
    'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace',
    'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]


def _nargs_pattern(action):
    """The regular expression, over 'O'/'A'/'-' letters, of what `action`
    takes; options never take a '--' or what follows it."""
    nargs = action.nargs
    if nargs is None:
        pattern = '(-*A-*)'
    elif nargs == OPTIONAL:
        pattern = '(-*A?-*)'
    elif nargs == ZERO_OR_MORE:
        pattern = '(-*[A-]*)'
    elif nargs == ONE_OR_MORE:
        pattern = '(-*A[A-]*)'
    elif nargs == REMAINDER:
        pattern = '([-AO]*)'
    elif nargs == PARSER:
        pattern = '(-*A[-AO]*)'
    elif nargs == SUPPRESS:
        pattern = '(-*-*)'
    else:
        pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
    if action.option_strings:
        pattern = pattern.replace('-*', '').replace('-', '')
    return pattern


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Parses a command line into a `Namespace`, with usage and help."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default,
                         conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group(_('positional arguments'))
        self._optionals = self.add_argument_group(_('options'))
        self._subparsers = None
        self.register('type', None, lambda string: string)
        prefix = '-' if '-' in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(prefix + 'h', prefix * 2 + 'help',
                              action='help', default=SUPPRESS,
                              help=_('show this help message and exit'))
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help']
        return [(name, getattr(self, name)) for name in names]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error(_('cannot have multiple subparser arguments'))
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', _('subcommands'))
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            # Sub-commands' prog: this parser's usage up to the positionals.
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        parsers_class = self._pop_action_class(kwargs, 'parsers')
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # Parsing.

    def parse_args(self, args=None, namespace=None):
        args, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error(_('unrecognized arguments: %s') % ' '.join(extras))
        return args

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, UNRECOGNIZED):
            args.extend(getattr(namespace, UNRECOGNIZED))
            delattr(namespace, UNRECOGNIZED)
        return namespace, args

    def parse_intermixed_args(self, args=None, namespace=None):
        args, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error(_('unrecognized arguments: %s') % ' '.join(extras))
        return args

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Options first, then every positional over the strings left."""
        positionals = self._get_positional_actions()
        if [a for a in positionals if a.nargs in (PARSER, REMAINDER)]:
            raise TypeError('parse_intermixed_args: positional arg with '
                            'nargs=%s' % [a.nargs for a in positionals
                                          if a.nargs in (PARSER, REMAINDER)][0])
        for group in self._mutually_exclusive_groups:
            for action in group._group_actions:
                if action in positionals:
                    raise TypeError('parse_intermixed_args: positional in '
                                    'mutuallyExclusiveGroup')
        saved_usage = self.usage
        saved = [(a, a.nargs, a.default) for a in positionals]
        try:
            if self.usage is None:
                self.usage = self.format_usage()[7:]
            for action in positionals:
                action.nargs = SUPPRESS
                action.default = SUPPRESS
            namespace, rest = self.parse_known_args(args, namespace)
            for action, nargs, default in saved:
                action.nargs = nargs
                action.default = default
            groups = [(g, g.required) for g in self._mutually_exclusive_groups]
            optionals = self._get_optional_actions()
            saved_required = [(a, a.required) for a in optionals]
            try:
                for action in optionals:
                    action.required = False
                for group, _r in groups:
                    group.required = False
                namespace, extras = self.parse_known_args(rest, namespace)
            finally:
                for action, required in saved_required:
                    action.required = required
                for group, required in groups:
                    group.required = required
        finally:
            self.usage = saved_usage
            for action, nargs, default in saved:
                action.nargs = nargs
                action.default = default
        return namespace, extras

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        return _Parse(self, arg_strings, namespace).run()

    def _read_args_from_files(self, arg_strings):
        expanded = []
        for arg in arg_strings:
            if not arg or arg[0] not in self.fromfile_prefix_chars:
                expanded.append(arg)
                continue
            try:
                with open(arg[1:]) as args_file:
                    lines = []
                    for line in args_file.read().splitlines():
                        lines.extend(self.convert_arg_line_to_args(line))
                    expanded.extend(self._read_args_from_files(lines))
            except OSError as err:
                self.error(str(err))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _parse_optional(self, arg_string):
        """(action, option string, explicit argument) if `arg_string` is an
        option, else None; an unknown option has action None."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        if arg_string in self._option_string_actions:
            return self._option_string_actions[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            option, explicit = arg_string.split('=', 1)
            if option in self._option_string_actions:
                return self._option_string_actions[option], option, explicit
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            self.error(_('ambiguous option: %(option)s could match %(matches)s')
                       % {'option': arg_string,
                          'matches': ', '.join([c[1] for c in candidates])})
        if len(candidates) == 1:
            return candidates[0]
        if _NEGATIVE.match(arg_string) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        """The options `option_string` abbreviates, or is a short option
        followed by its argument."""
        found = []
        chars = self.prefix_chars
        table = self._option_string_actions
        if option_string[0] in chars and option_string[1] in chars:
            if self.allow_abbrev:
                prefix, explicit = option_string, None
                if '=' in option_string:
                    prefix, explicit = option_string.split('=', 1)
                for option in table:
                    if option.startswith(prefix):
                        found.append((table[option], option, explicit))
        elif option_string[0] in chars:
            short, rest = option_string[:2], option_string[2:]
            for option in table:
                if option == short:
                    found.append((table[option], option, rest))
                elif option.startswith(option_string):
                    found.append((table[option], option, None))
        else:
            self.error(_('unexpected option string: %s') % option_string)
        return found

    def _match_argument(self, action, pattern):
        match = _re.match(_nargs_pattern(action), pattern)
        if match is None:
            message = {None: _('expected one argument'),
                       OPTIONAL: _('expected at most one argument'),
                       ONE_OR_MORE: _('expected at least one argument')
                       }.get(action.nargs)
            if message is None:
                message = _plural('expected %s argument',
                                  'expected %s arguments',
                                  action.nargs) % action.nargs
            raise ArgumentError(action, message)
        return len(match.group(1))

    def _match_arguments_partial(self, actions, pattern):
        """How many strings each of the most leading `actions` that can
        match together take."""
        for n in range(len(actions), 0, -1):
            joined = ''.join([_nargs_pattern(a) for a in actions[:n]])
            match = _re.match(joined, pattern)
            if match is not None:
                return [len(group) for group in match.groups()]
        return []

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings.remove('--')
        if not arg_strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif (not arg_strings and action.nargs == ZERO_OR_MORE
              and not action.option_strings):
            value = action.default if action.default is not None else arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, s) for s in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, s) for s in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, s) for s in arg_strings]
            for item in value:
                self._check_value(action, item)
        return value

    def _get_value(self, action, arg_string):
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ArgumentError(action, _('%r is not callable') % (type_func,))
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, _('invalid %(type)s value: %(value)r')
                                % {'type': name, 'value': arg_string})

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(
                action, _('invalid choice: %(value)r (choose from %(choices)s)')
                % {'value': value,
                   'choices': ', '.join(map(repr, action.choices))})

    # Help and errors.

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions,
                            self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions,
                            self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(),
                            _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(),
                            _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if message:
            if file is None:
                file = _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and `message` to stderr and exits with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, _('%(prog)s: error: %(message)s\n')
                  % {'prog': self.prog, 'message': message})


_NEGATIVE = _re.compile(r'^-\d+$|^-\d*\.\d+$')


class _Parse:
    """One run of a parser over a list of command-line strings."""

    def __init__(self, parser, arg_strings, namespace):
        self.parser = parser
        self.strings = arg_strings
        self.namespace = namespace
        self.extras = []
        self.seen = set()
        self.seen_non_default = set()
        # Each action's rivals in its mutually exclusive groups.
        self.rivals = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for i, action in enumerate(members):
                self.rivals.setdefault(action, []).extend(
                    members[:i] + members[i + 1:])
        self.options = {}
        letters = []
        rest_are_args = False
        for i, arg in enumerate(arg_strings):
            if rest_are_args:
                letters.append('A')
            elif arg == '--':
                letters.append('-')
                rest_are_args = True
            else:
                found = parser._parse_optional(arg)
                if found is None:
                    letters.append('A')
                else:
                    self.options[i] = found
                    letters.append('O')
        self.pattern = ''.join(letters)
        self.positionals = parser._get_positional_actions()

    def take(self, action, strings, option_string=None):
        self.seen.add(action)
        values = self.parser._get_values(action, strings)
        if values is not action.default:
            self.seen_non_default.add(action)
            for rival in self.rivals.get(action, []):
                if rival in self.seen_non_default:
                    raise ArgumentError(action, _('not allowed with argument %s')
                                        % _action_name(rival))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, option_string)

    def consume_optional(self, index):
        """Takes the option at `index` (and, for '-xyz', the short options
        it bundles); returns the index after what it consumed."""
        action, option_string, explicit = self.options[index]
        parser = self.parser
        taken = []
        while True:
            if action is None:
                self.extras.append(self.strings[index])
                return index + 1
            if explicit is None:
                start = index + 1
                count = parser._match_argument(action, self.pattern[start:])
                stop = start + count
                taken.append((action, self.strings[start:stop], option_string))
                break
            count = parser._match_argument(action, 'A')
            if (count == 0 and option_string[1] not in parser.prefix_chars
                    and explicit != ''):
                # '-xyz': '-x' takes nothing, so 'yz' is more short options.
                taken.append((action, [], option_string))
                option_string = option_string[0] + explicit[0]
                next_action = parser._option_string_actions.get(option_string)
                if next_action is None:
                    raise ArgumentError(action, _('ignored explicit argument %r')
                                        % explicit)
                action = next_action
                explicit = explicit[1:] or None
            elif count == 1:
                stop = index + 1
                taken.append((action, [explicit], option_string))
                break
            else:
                raise ArgumentError(action, _('ignored explicit argument %r')
                                    % explicit)
        for action, strings, option_string in taken:
            self.take(action, strings, option_string)
        return stop

    def consume_positionals(self, index):
        counts = self.parser._match_arguments_partial(self.positionals,
                                                      self.pattern[index:])
        for action, count in zip(self.positionals, counts):
            strings = self.strings[index:index + count]
            index += count
            self.take(action, strings)
        self.positionals = self.positionals[len(counts):]
        return index

    def run(self):
        option_indices = sorted(self.options)
        index = 0
        last_option = option_indices[-1] if option_indices else -1
        while index <= last_option:
            next_option = min([i for i in option_indices if i >= index])
            if index != next_option:
                after = self.consume_positionals(index)
                if after > index:
                    index = after
                    continue
            if index not in self.options:
                self.extras.extend(self.strings[index:next_option])
                index = next_option
            index = self.consume_optional(index)
        index = self.consume_positionals(index)
        self.extras.extend(self.strings[index:])
        self.check_required()
        return self.namespace, self.extras

    def check_required(self):
        parser = self.parser
        namespace = self.namespace
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_action_name(action))
            elif (action.default is not None
                  and isinstance(action.default, str)
                  and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                # A string default not given on the command line is
                # converted as if it had been.
                setattr(namespace, action.dest,
                        parser._get_value(action, action.default))
        if missing:
            parser.error(_('the following arguments are required: %s')
                         % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(a in self.seen_non_default
                                          for a in group._group_actions):
                names = [_action_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                parser.error(_('one of the arguments %s is required')
                             % ' '.join(names))
