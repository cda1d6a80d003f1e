//! Tasks: the to-dos of a customer, with an assignee and a due date
//! (`Customer.tasks`, `Customer.createTask`, and the `Task` calls). Their
//! list is cursor-paginated.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::nullable::nullable;
use super::paging::per_page;
use super::schema::Checked;
use crate::core::error::Error;
use crate::core::request::non_blank;

/// A task as ChartMogul returns it. ChartMogul's reference names its id
/// `task_uuid`, chartmogul-node's recorded answers `uuid`: neither is required.
#[derive(Debug, Deserialize, Tsify)]
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
#[derive(Debug, Deserialize, Tsify)]
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
#[derive(Debug, Default, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct TaskListQuery {
    /// Only the tasks of this customer.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_uuid: Option<String>,
    /// Only those assigned to this user (an email).
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee: Option<String>,
    /// Only those due on or after this date (ISO 8601).
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_date_on_or_after: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_date_on_or_before: Option<String>,
    /// Only the done ones (true) or the open ones (false).
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed: Option<bool>,
    /// Where the page starts: the last page's `cursor`.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Records per page, 1–200.
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
}

impl Checked for TaskListQuery {
    fn check(&self) -> Result<(), Error> {
        per_page(self.per_page)
    }
}

/// A task to add to a customer.
#[derive(Debug, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<String>,
}

impl Checked for NewTask {
    fn check(&self) -> Result<(), Error> {
        non_blank("customer_uuid", &self.customer_uuid)?;
        non_blank("task_details", &self.task_details)?;
        non_blank("assignee", &self.assignee)?;
        non_blank("due_date", &self.due_date)
    }
}

/// The input of `Task.patch`: the fields to change; a field given must
/// not be blank where a new task's must not.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize, Tsify)]
#[serde(deny_unknown_fields)]
pub struct TaskChanges {
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task_details: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee: Option<String>,
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_date: Option<String>,
    /// When it was done; `null` opens it again.
    #[tsify(optional, type = "string | null")]
    #[serde(
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub completed_at: Option<Option<String>>,
}

impl Checked for TaskChanges {
    fn check(&self) -> Result<(), Error> {
        let words = [
            ("task_details", &self.task_details),
            ("assignee", &self.assignee),
            ("due_date", &self.due_date),
        ];
        for (name, value) in words {
            value.as_deref().map_or(Ok(()), |v| non_blank(name, v))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::schema::encode_query;
    use crate::core::decode::read;

    #[test]
    fn chartmogul_nodes_recorded_page_reads() {
        // test/chartmogul/customer.js, "gets all tasks for a customer".
        let json = r#"{"entries":[{"uuid":"00000000-0000-0000-0000-000000000000","customer_uuid":"cus_00000000-0000-0000-0000-000000000000","assignee":"customer@example.com","task_details":"This is some task details text.","due_date":"2025-04-30T00:00:00Z","completed_at":"2025-04-20T00:00:00Z","created_at":"2025-04-01T12:00:00.000Z","updated_at":"2025-04-01T12:00:00.000Z"}],"cursor":"OjAyMy0wOy0xM1QxMkowMTozMi64NF==","has_more":false}"#;
        let page: TaskList = read(&mut serde_json::Deserializer::from_str(json)).unwrap();
        assert_eq!(
            page.entries[0].task_details.as_deref(),
            Some("This is some task details text.")
        );
        assert_eq!(page.has_more, Some(false));
        let bad = r#"{"entries":[{"task_uuid":"t_1","completed_at":false}]}"#;
        let misfit = read::<TaskList, _>(&mut serde_json::Deserializer::from_str(bad));
        assert!(misfit
            .unwrap_err()
            .to_string()
            .starts_with("field `entries[0].completed_at`: invalid type"));
    }

    #[test]
    fn the_query_sends_completed_as_a_word() {
        let query = TaskListQuery {
            completed: Some(false),
            assignee: Some("a@example.com".into()),
            ..Default::default()
        };
        assert_eq!(
            encode_query(&query).unwrap(),
            "assignee=a%40example.com&completed=false"
        );
    }

    #[test]
    fn a_new_task_needs_details_an_assignee_and_a_due_date() {
        let task = NewTask {
            customer_uuid: "cus_1".into(),
            task_details: "Schedule a demo".into(),
            assignee: "a@example.com".into(),
            due_date: " ".into(),
            completed_at: None,
        };
        assert!(task.check().unwrap_err().to_string().contains("due_date"));
    }

    #[test]
    fn task_changes_refuse_a_blank_field_and_send_a_null_completed_at() {
        let blank = TaskChanges {
            assignee: Some(" ".into()),
            ..Default::default()
        };
        assert!(blank.check().unwrap_err().to_string().contains("assignee"));
        let reopen: TaskChanges = serde_json::from_str(r#"{"completed_at":null}"#).unwrap();
        assert_eq!(reopen.check(), Ok(()));
        assert_eq!(
            serde_json::to_string(&reopen).unwrap(),
            r#"{"completed_at":null}"#
        );
    }
}
