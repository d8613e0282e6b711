# The private-use code points that store lone surrogates cannot be written.
s = "ok \ud800"
t = "\U0010d801"
