//! Operator identifiers shared by generated code and rt (their numeric
//! values are part of the ABI: the compiler passes them as immediates).

/// Binary arithmetic and bitwise operators.
#[repr(u32)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinOp {
    Add = 0,
    Sub = 1,
    Mul = 2,
    MatMul = 3,
    TrueDiv = 4,
    FloorDiv = 5,
    Mod = 6,
    Pow = 7,
    LShift = 8,
    RShift = 9,
    And = 10,
    Or = 11,
    Xor = 12,
}

impl BinOp {
    /// Every operator, indexed by its ABI number.
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::MatMul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
    ];

    /// Decodes an ABI number (the compiler only emits valid ones).
    #[inline]
    pub fn from_abi(n: u32) -> BinOp {
        BinOp::ALL[n as usize % 13]
    }

    /// The operator as CPython prints it in error messages.
    #[inline]
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }
}

/// Rich comparison operators.
#[repr(u32)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CmpOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CmpOp {
    /// Decodes an ABI number.
    #[inline]
    pub fn from_abi(n: u32) -> CmpOp {
        [
            CmpOp::Lt,
            CmpOp::Le,
            CmpOp::Eq,
            CmpOp::Ne,
            CmpOp::Gt,
            CmpOp::Ge,
        ][n as usize % 6]
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    #[inline]
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }

    /// The operator's symbol for error messages.
    #[inline]
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// Applies the operator to an `Ordering`.
    #[inline]
    pub fn test(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpOp::Lt => ord == Less,
            CmpOp::Le => ord != Greater,
            CmpOp::Eq => ord == Equal,
            CmpOp::Ne => ord != Equal,
            CmpOp::Gt => ord == Greater,
            CmpOp::Ge => ord != Less,
        }
    }
}

/// Unary operators.
#[repr(u32)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UnaryOp {
    Neg = 0,
    Pos = 1,
    Invert = 2,
}

impl UnaryOp {
    /// Decodes an ABI number.
    #[inline]
    pub fn from_abi(n: u32) -> UnaryOp {
        [UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Invert][n as usize % 3]
    }

    /// The operator's symbol for error messages.
    #[inline]
    pub fn symbol(self) -> &'static str {
        match self {
            UnaryOp::Neg => "-",
            UnaryOp::Pos => "+",
            UnaryOp::Invert => "~",
        }
    }
}
