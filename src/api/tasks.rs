//! Tasks: the to-dos of a customer, with an assignee and a due date
//! (`Customer.tasks`, `Customer.createTask`, and the `Task` calls). Their
//! list is cursor-paginated.

use tsify::Tsify;

/// A task as ChartMogul returns it. ChartMogul's reference names its id
/// `task_uuid`, chartmogul-node's recorded answers `uuid`: neither is required.
#[derive(Tsify)]
pub struct TaskRecord {
    #[tsify(optional)]
    pub task_uuid: Option<String>,
    #[tsify(optional)]
    pub uuid: Option<String>,
    #[tsify(type = "string")]
    pub customer_uuid: Option<String>,
    #[tsify(type = "string")]
    pub task_details: Option<String>,
    /// The email of the ChartMogul user it is assigned to.
    #[tsify(type = "string")]
    pub assignee: Option<String>,
    /// `2025-04-21` (ISO 8601).
    #[tsify(type = "string")]
    pub due_date: Option<String>,
    /// When it was done; null while open.
    #[tsify(optional, type = "string | null")]
    pub completed_at: Option<String>,
    #[tsify(type = "string")]
    pub created_at: Option<String>,
    #[tsify(type = "string")]
    pub updated_at: Option<String>,
}

/// One page of a customer's tasks, as ChartMogul sent it.
#[derive(Tsify)]
pub struct TaskList {
    pub entries: Vec<TaskRecord>,
    /// Pass it back as `cursor` for the next page.
    #[tsify(optional, type = "string | null")]
    pub cursor: Option<String>,
    #[tsify(type = "boolean")]
    pub has_more: Option<bool>,
}

/// The filters and paging of `Task.all`, and of `Customer.tasks` less
/// `customer_uuid` (there the argument).
#[derive(Tsify)]
pub struct TaskListQuery {
    /// Only the tasks of this customer.
    #[tsify(optional)]
    pub customer_uuid: Option<String>,
    /// Only those assigned to this user (an email).
    #[tsify(optional)]
    pub assignee: Option<String>,
    /// Only those due on or after this date (ISO 8601).
    #[tsify(optional)]
    pub due_date_on_or_after: Option<String>,
    #[tsify(optional)]
    pub due_date_on_or_before: Option<String>,
    /// Only the done ones (true) or the open ones (false).
    #[tsify(optional)]
    pub completed: Option<bool>,
    /// Where the page starts: the last page's `cursor`.
    #[tsify(optional)]
    pub cursor: Option<String>,
    /// Records per page, 1–200.
    #[tsify(optional)]
    pub per_page: Option<u32>,
}

/// A task to add to a customer.
#[derive(Tsify)]
pub struct NewTask {
    pub customer_uuid: String,
    /// What to do (at most 255 characters).
    pub task_details: String,
    /// The email of a ChartMogul user.
    pub assignee: String,
    /// `2025-04-21` (ISO 8601).
    pub due_date: String,
    /// A task may be added done.
    #[tsify(optional)]
    pub completed_at: Option<String>,
}

/// The input of `Task.patch`: the fields to change; a field given must
/// not be blank where a new task's must not.
#[derive(Tsify)]
pub struct TaskChanges {
    #[tsify(optional)]
    pub task_details: Option<String>,
    #[tsify(optional)]
    pub assignee: Option<String>,
    #[tsify(optional)]
    pub due_date: Option<String>,
    /// When it was done; `null` opens it again.
    #[tsify(optional, type = "string | null")]
    pub completed_at: Option<String>,
}
