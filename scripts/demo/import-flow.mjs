// The import a billing system does, as the demo shows it and every runtime
// test runs it: a data source of its own, a customer, a plan, an invoice
// with a subscription line item and its payment, the customer's invoices
// read back with `for await`, then the data source deleted (and all in it).
// `api` is the package's exports; `log(step, value)` shows each step.

/** Runs the import through `config`; resolves with what was read back. */
export async function importFlow(api, config, log = () => {}) {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const dataSource = await api.DataSource.create(config, { name: `chartmogul-wasm demo ${stamp}` });
  log('DataSource.create', dataSource);
  try {
    const customer = await api.Customer.create(config, {
      data_source_uuid: dataSource.uuid,
      external_id: `cus_${stamp}`,
      name: 'Adam Smith',
      email: 'adam@example.com',
      country: 'US',
    });
    log('Customer.create', customer);
    const plan = await api.Plan.create(config, {
      data_source_uuid: dataSource.uuid,
      name: 'Gold monthly',
      interval_count: 1,
      interval_unit: 'month',
      external_id: `plan_${stamp}`,
    });
    log('Plan.create', plan);
    const created = await api.Invoice.create(config, customer.uuid, {
      invoices: [1, 2].map((month) => invoiceFor(stamp, plan.uuid, month)),
    });
    log('Invoice.create', created);
    const invoices = [];
    // One invoice a page, to show the pages being followed.
    for await (const invoice of api.Invoice.all(config, customer.uuid, { per_page: 1 })) {
      invoices.push(invoice.external_id);
    }
    log('for await (Invoice.all(customer))', invoices);
    return { customer: customer.name, plan: plan.name, invoices };
  } finally {
    await api.DataSource.destroy(config, dataSource.uuid);
    log('DataSource.destroy', dataSource.uuid);
  }
}

/** The invoice of `month` (1-based, 2026): a month of the plan, paid. */
function invoiceFor(stamp, planUuid, month) {
  const start = `2026-${String(month).padStart(2, '0')}-01 00:00:00`;
  const end = `2026-${String(month + 1).padStart(2, '0')}-01 00:00:00`;
  return {
    external_id: `inv_${stamp}_${month}`,
    date: start,
    currency: 'USD',
    due_date: start,
    line_items: [{
      type: 'subscription',
      subscription_external_id: `sub_${stamp}`,
      plan_uuid: planUuid,
      service_period_start: start,
      service_period_end: end,
      amount_in_cents: 5000,
      quantity: 1,
    }],
    transactions: [{ date: start, type: 'payment', result: 'successful' }],
  };
}
