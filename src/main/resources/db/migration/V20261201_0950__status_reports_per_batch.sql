-- A bank's message id is unique for that bank only: a status report is the same report when it answers the same
-- batch with the same message id, so two facilitators' banks may use one id without one report hiding the other.
alter table payment_status_report
    drop constraint payment_status_report_pkey,
    add primary key (batch_id, message_id);
