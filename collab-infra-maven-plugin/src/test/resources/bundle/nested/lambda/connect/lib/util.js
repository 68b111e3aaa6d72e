exports.ok = () => ({ statusCode: 200 });
