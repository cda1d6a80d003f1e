//! How the table names what an endpoint takes and answers. The types are
//! tsify structs: they describe the call to TypeScript (and its fields to
//! the CLI) and check nothing at run time. ChartMogul is the authority on
//! its data: what the caller gives is sent as given, and what ChartMogul
//! answers is handed back as sent (README, "What is checked").

use tsify::Tsify;

/// Any query: what chartmogul-node's `qs` takes, sent as given.
#[derive(Tsify)]
#[tsify(type = "Record<string, unknown>")]
pub struct AnyQuery;

/// What a JS method takes after its string arguments. Every call also takes
/// a query: a GET's argument is one, and any other call's object argument
/// may carry one in `qs` (as chartmogul-node's do).
pub enum Input {
    /// No argument of its own: an optional query (GET), or an optional
    /// `{ qs, ...body }` (any other verb).
    Nothing,
    /// An optional object, sent as the query string.
    Query(Schema),
    /// A required object, sent as the JSON body.
    Body(Schema),
    /// A required object sent wrapped in `key` (`{"subscription_event": {...}}`),
    /// unless it already is, as chartmogul-node sends it; with the fields
    /// of `fixed` beside the wrapper, if any (`{"disabled":true}`).
    Wrapped {
        key: &'static str,
        schema: Schema,
        fixed: Option<&'static str>,
    },
    /// chartmogul-node's `{ qs: {...}, ...fields }` (`Invoice.update`), its
    /// `qs` required: the query naming the records, the rest the body changing
    /// them; without a body type, `{ qs }` alone (`Invoice.destroyByExternalId`).
    QueryAndBody { query: Schema, body: Option<Schema> },
    /// This JSON body, with any fields of an optional `{ qs, ...fields }`
    /// beside it (`Invoice.disable`'s `{"disabled":true}` and a `reason`).
    Fixed(&'static str),
    /// A required object sent as the query, with this JSON body, always.
    QueryWithFixed(Schema, &'static str),
    /// A required object sent as the JSON body, its field `param` taken
    /// from a string argument before it: chartmogul-node's
    /// `Customer.createNote(config, customerUuid, data)` sends
    /// `customer_uuid` in the body.
    BodyWithParam { param: &'static str, schema: Schema },
    /// A required list of objects, sent as `{ list: [...] }` with the
    /// field `param` of each taken from a string argument that comes
    /// before the path's: chartmogul-node's
    /// `Metrics.Customer.connectSubscriptions(config, dataSourceUuid,
    /// customerUuid, [{ uuid }])` sends `{ subscriptions: [{ data_source_uuid,
    /// uuid }] }`. The list is taken bare or already wrapped in `list`.
    EachWithParam {
        param: &'static str,
        list: &'static str,
        schema: Schema,
    },
}

/// The TypeScript type of a query or body (its interface names the fields).
pub struct Schema {
    /// The interface's name.
    pub name: &'static str,
    /// The TypeScript type of the argument: `name`, or more where the call
    /// also takes another form (a body given wrapped or bare).
    pub ts_type: &'static str,
}

/// What a successful answer holds.
pub enum Output {
    /// Nothing (a 204): the call resolves with `{}`.
    Nothing,
    /// JSON, handed back as it came; `name` is its TypeScript type.
    Json {
        name: &'static str,
        /// For a cursor-paginated list, the field holding its records
        /// (`plans`): the JS method then also iterates over every page.
        items: Option<&'static str>,
    },
}

impl Input {
    /// The JSON body always sent (or its fields beside the caller's).
    pub fn fixed_body(&self) -> Option<&'static str> {
        match self {
            Input::Fixed(body) | Input::QueryWithFixed(_, body) => Some(body),
            Input::Wrapped { fixed, .. } => *fixed,
            _ => None,
        }
    }

    /// The argument's type (for `QueryAndBody`, the body's, else the query's).
    pub fn schema(&self) -> Option<&Schema> {
        match self {
            Input::Nothing | Input::Fixed(_) => None,
            Input::Query(schema)
            | Input::Body(schema)
            | Input::Wrapped { schema, .. }
            | Input::QueryWithFixed(schema, _)
            | Input::BodyWithParam { schema, .. }
            | Input::EachWithParam { schema, .. } => Some(schema),
            Input::QueryAndBody { body, query } => Some(body.as_ref().unwrap_or(query)),
        }
    }

    /// The string argument the input takes, if any: after the path's,
    /// or before them where `param_leads`.
    pub fn param(&self) -> Option<&'static str> {
        match self {
            Input::BodyWithParam { param, .. } | Input::EachWithParam { param, .. } => Some(param),
            _ => None,
        }
    }

    /// Whether the input's string argument comes before the path's.
    pub fn param_leads(&self) -> bool {
        matches!(self, Input::EachWithParam { .. })
    }

    /// Whether the call needs its object argument (a body, or a query naming
    /// the records). A query type with required fields says so to TypeScript
    /// only: ChartMogul's 422 names what is missing.
    pub fn required(&self) -> bool {
        !matches!(self, Input::Nothing | Input::Query(_) | Input::Fixed(_))
    }
}

impl Output {
    pub fn type_name(&self) -> Option<&'static str> {
        match self {
            Output::Nothing => None,
            Output::Json { name, .. } => Some(name),
        }
    }

    pub fn items(&self) -> Option<&'static str> {
        match self {
            Output::Nothing => None,
            Output::Json { items, .. } => *items,
        }
    }
}

/// `name`, once the compiler has seen that it names a tsify type.
pub const fn tsify_name<T: Tsify>(name: &'static str) -> &'static str {
    name
}

/// The `Schema` of type `T`.
macro_rules! schema {
    ($t:ty) => {
        $crate::api::schema::Schema {
            name: $crate::api::schema::tsify_name::<$t>(stringify!($t)),
            ts_type: stringify!($t),
        }
    };
}

/// `Input::Query` of type `T`; with a key, the type less that key, which
/// the path's own query takes from an argument
/// (`/v1/tasks?customer_uuid={customer_uuid}`): the face refuses it in the query.
macro_rules! query {
    ($t:ty) => {
        $crate::api::schema::Input::Query($crate::api::schema::schema!($t))
    };
    ($t:ty, $omit:literal) => {
        $crate::api::schema::Input::Query($crate::api::schema::Schema {
            ts_type: concat!("Omit<", stringify!($t), ", \"", $omit, "\">"),
            ..$crate::api::schema::schema!($t)
        })
    };
}

/// `Input::Body` of type `T`.
macro_rules! body {
    ($t:ty) => {
        $crate::api::schema::Input::Body($crate::api::schema::schema!($t))
    };
}

/// `Input::Wrapped` of type `T`: taken bare or wrapped in `key`, sent
/// wrapped, with the fixed body's fields beside it if one is given.
macro_rules! wrapped {
    ($t:ty, $key:literal) => {
        $crate::api::schema::wrapped!(@ $t, $key, None)
    };
    ($t:ty, $key:literal, $fixed:literal) => {
        $crate::api::schema::wrapped!(@ $t, $key, Some($fixed))
    };
    (@ $t:ty, $key:literal, $fixed:expr) => {
        $crate::api::schema::Input::Wrapped {
            key: $key,
            schema: $crate::api::schema::Schema {
                ts_type: concat!(stringify!($t), " | { ", $key, ": ", stringify!($t), " }"),
                ..$crate::api::schema::schema!($t)
            },
            fixed: $fixed,
        }
    };
}

/// `Input::BodyWithParam`: a body of type `T` whose field `param` is a
/// string argument; the argument's TypeScript type leaves the field out.
macro_rules! body_with_param {
    ($t:ty, $param:literal) => {
        $crate::api::schema::Input::BodyWithParam {
            param: $param,
            schema: $crate::api::schema::Schema {
                ts_type: concat!("Omit<", stringify!($t), ", \"", $param, "\">"),
                ..$crate::api::schema::schema!($t)
            },
        }
    };
}

/// `Input::EachWithParam`: a body of type `T` holding `list`, a list of
/// `Item`s whose field `param` is a leading string argument; the
/// argument's TypeScript type leaves the field out.
macro_rules! each_with_param {
    ($t:ty, $list:literal, $item:ty, $param:literal) => {
        $crate::api::schema::Input::EachWithParam {
            param: $param,
            list: $list,
            schema: $crate::api::schema::Schema {
                ts_type: concat!(
                    "Omit<",
                    stringify!($item),
                    ", \"",
                    $param,
                    "\">[] | { ",
                    $list,
                    ": Omit<",
                    stringify!($item),
                    ", \"",
                    $param,
                    "\">[] }"
                ),
                ..$crate::api::schema::schema!($t)
            },
        }
    };
}

/// `Input::QueryAndBody`: `{ qs: Q, ...B }`, or `{ qs: Q }` alone.
macro_rules! query_and_body {
    ($q:ty, $b:ty) => {
        $crate::api::schema::Input::QueryAndBody {
            query: $crate::api::schema::schema!($q),
            body: Some($crate::api::schema::Schema {
                ts_type: concat!("{ qs: ", stringify!($q), " } & ", stringify!($b)),
                ..$crate::api::schema::schema!($b)
            }),
        }
    };
    ($q:ty) => {
        $crate::api::schema::Input::QueryAndBody {
            query: $crate::api::schema::Schema {
                ts_type: concat!("{ qs: ", stringify!($q), " }"),
                ..$crate::api::schema::schema!($q)
            },
            body: None,
        }
    };
}

/// `Input::QueryWithFixed`: a required query of type `Q`, and `body` always.
macro_rules! query_with_fixed {
    ($q:ty, $body:literal) => {
        $crate::api::schema::Input::QueryWithFixed($crate::api::schema::schema!($q), $body)
    };
}

/// `Output::Json` of type `T`.
macro_rules! record {
    ($t:ty) => {
        $crate::api::schema::Output::Json {
            name: $crate::api::schema::tsify_name::<$t>(stringify!($t)),
            items: None,
        }
    };
}

/// A cursor-paginated list of type `T`, its records in `items`.
macro_rules! page {
    ($t:ty, $items:literal) => {
        $crate::api::schema::Output::Json {
            name: $crate::api::schema::tsify_name::<$t>(stringify!($t)),
            items: Some($items),
        }
    };
}

pub(crate) use {
    body, body_with_param, each_with_param, page, query, query_and_body, query_with_fixed, record,
    schema, wrapped,
};
